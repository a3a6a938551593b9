package org.actorpulse.sentiment;

/**
 * Receives the features of one target. A feature's name is {@code kind + a}, or {@code kind + a + " " + b}, or
 * {@code kind + a + " " + b + " " + c} (null parts are left out). Passing the parts instead of a joined string lets
 * the inference sink hash them in place, so scoring a mention allocates no feature strings.
 */
interface FeatureSink {
  void add(String kind, String a, String b, String c, double value);

  /** The name the parts spell, as stored in the model file. */
  static String name(String kind, String a, String b, String c) {
    StringBuilder sb = new StringBuilder(kind).append(a);
    if (b != null) sb.append(' ').append(b);
    if (c != null) sb.append(' ').append(c);
    return sb.toString();
  }

  /** 64-bit FNV-1a of the name the parts spell, computed without joining them. */
  static long hash(String kind, String a, String b, String c) {
    long h = 0xcbf29ce484222325L;
    h = mix(h, kind);
    h = mix(h, a);
    if (b != null) {
      h = mix(mix(h, ' '), b);
    }
    if (c != null) {
      h = mix(mix(h, ' '), c);
    }
    return h;
  }

  static long hash(String name) {
    return mix(0xcbf29ce484222325L, name);
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) h = mix(h, s.charAt(i));
    return h;
  }

  private static long mix(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }
}
