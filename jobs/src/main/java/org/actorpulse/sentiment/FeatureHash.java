package org.actorpulse.sentiment;

/**
 * 64-bit feature hashes built from precomputed token hashes, so scoring never joins strings. A feature named
 * {@code kind + a + " " + b} hashes as {@code of(token(kind), token(a), token(b))}; {@link #ofName} recomputes
 * the same value from the name stored in the model file (tokens never contain spaces, kinds end at their colon).
 */
final class FeatureHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long MIX = 0x9e3779b97f4a7c15L;

  private FeatureHash() {
  }

  /** FNV-1a of a token's text. */
  static long token(String s) {
    long h = TOKEN_START;
    for (int i = 0; i < s.length(); i++) h = tokenStep(h, s.charAt(i));
    return h;
  }

  /** {@link #token}'s value before the first char, and its step per char: for hashing chars as they are read. */
  static final long TOKEN_START = FNV_OFFSET;

  static long tokenStep(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  static long of(long kind) {
    return fmix(kind);
  }

  static long of(long kind, long a) {
    return fmix(kind * MIX + a);
  }

  static long of(long kind, long a, long b) {
    return fmix((kind * MIX + a) * MIX + b);
  }

  static long of(long kind, long a, long b, long c) {
    return fmix(((kind * MIX + a) * MIX + b) * MIX + c);
  }

  /** The hash of a stored feature name: the kind up to its first colon, then the space-separated parts. */
  static long ofName(String name) {
    int colon = name.indexOf(':');
    long kind = token(name.substring(0, colon + 1));
    String rest = name.substring(colon + 1);
    if (rest.isEmpty()) return of(kind);
    String[] parts = rest.split(" ", -1);
    return switch (parts.length) {
      case 1 -> of(kind, token(parts[0]));
      case 2 -> of(kind, token(parts[0]), token(parts[1]));
      case 3 -> of(kind, token(parts[0]), token(parts[1]), token(parts[2]));
      default -> throw new IllegalArgumentException("feature " + name + ": more than three parts");
    };
  }

  /** The name {@link #ofName} reads back. */
  static String name(String kind, String a, String b, String c) {
    StringBuilder sb = new StringBuilder(kind);
    if (a != null) sb.append(a);
    if (b != null) sb.append(' ').append(b);
    if (c != null) sb.append(' ').append(c);
    return sb.toString();
  }

  /** MurmurHash3's finaliser: the sequential combination above leaves low bits weak, and tables index by them. */
  private static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93a1fe53a21L;
    h ^= h >>> 33;
    return h;
  }
}
