package org.actorpulse.sentiment;

import java.nio.file.Path;

/** The lexicons shipped in conf/lexicons, loaded once for all tests. Tests run from jobs/, so home is "..". */
final class TestLexicons {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home", ".."));
  static final Path DIR = HOME.resolve("conf/lexicons");
  static final Lexicon LEXICON = Lexicon.load(DIR);

  private TestLexicons() {
  }
}
