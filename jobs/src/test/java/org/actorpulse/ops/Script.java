package org.actorpulse.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the repository's scripts as cron or an operator would, and keeps what it printed. */
final class Script {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home", "..")).toAbsolutePath().normalize();

  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result run(Path workDir, String script, Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(HOME.resolve("scripts").resolve(script).toString());
    for (Object a : args) command.add(a.toString());
    Files.createDirectories(workDir);
    Path out = Files.createTempFile(workDir, script + "-", ".out");
    Path err = Files.createTempFile(workDir, script + "-", ".err");
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(command + " still running after 15 minutes");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Script() {}
}
