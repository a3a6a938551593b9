package org.actorpulse.text;

/** A half-open character range {@code [begin, end)} of a text. Immutable. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}
