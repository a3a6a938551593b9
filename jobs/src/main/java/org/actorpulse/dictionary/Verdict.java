package org.actorpulse.dictionary;

/** What the resolver decided about one alias at one place of a text, for {@link MatchExplainer}. */
public enum Verdict {
  MATCHED("matched"),
  INSIDE_WORD("inside a word"),
  CASE_DIFFERS("acronym written in another case"),
  SHOUTED("acronym in a sentence written in capitals"),
  NEEDS_CAPITAL("proper noun without a capital"),
  OUTSIDE_DATES("outside the alias's dates"),
  DEMONYMS_OFF("demonyms are switched off"),
  EXCLUDED("inside an exclusion of its actor"),
  EXCLUSION("exclusion phrase"),
  CLAIMED_FIRST("another actor claims the phrase first"),
  NAME_WINS("contextual phrase overlapping a name"),
  NO_CONTEXT("contextual alias, no claimant's country is mentioned"),
  TIED_CONTEXT("contextual alias, countries tie"),
  LOST_CONTEXT("contextual alias, another claimant's country is mentioned more"),
  OVERLAPPED("a longer (or earlier) match covers it"),
  FOLDED("folded into the mention before it");

  private final String meaning;

  Verdict(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
