package org.actorpulse.ingest;

import java.io.Serializable;

/**
 * One resolved input file.
 *
 * @param uri        fully qualified, for opening ({@code file:/data/a.jsonl}, {@code hdfs://nn/data/a.jsonl})
 * @param length     size in bytes
 * @param compressed whether the name ends in {@code .gz}/{@code .gzip} (used to weigh files, not to decode)
 */
public record InputFile(String uri, long length, boolean compressed) implements Serializable {
  /** How the file is named in rejects: a local file by its path, any other by its URI. */
  public String displayName() {
    return display(uri);
  }

  public static String display(String uri) {
    if (uri.startsWith("file:")) {
      String p = uri.substring("file:".length());
      if (p.startsWith("///")) return p.substring(2);
      return p;
    }
    return uri;
  }
}
