package org.actorpulse.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When the text field of a JSON, CSV or Parquet record is read as an HTML page ({@code ingest.html}). WARC
 * responses are HTML by their content type and are always extracted.
 */
public enum HtmlMode {
  /** Only texts that look like markup: starting with a tag and holding a block tag ({@code <p>, <div>, <html>...}). */
  AUTO,
  /** Every text. */
  ALWAYS,
  /** None: texts are kept as given. */
  NEVER;

  // A leading '<' alone is not enough ("<5% growth"): it must open a tag, and a block tag must follow.
  private static final Pattern LEADING_TAG = Pattern.compile("^<[!/?a-zA-Z]");
  private static final Pattern BLOCK_TAG =
      Pattern.compile("(?i)<(?:p|div|html|body|article|section|br|h[1-6]|ul|ol|li|table|span|head)[\\s>/]");

  public boolean appliesTo(String text) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> looksLikeHtml(text);
    };
  }

  static boolean looksLikeHtml(String text) {
    String s = text.stripLeading();
    return LEADING_TAG.matcher(s).find() && BLOCK_TAG.matcher(s).find();
  }

  /** @throws IllegalArgumentException naming the accepted values */
  public static HtmlMode parse(String value) {
    for (HtmlMode m : values()) {
      if (m.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) return m;
    }
    throw new IllegalArgumentException("html mode \"" + value + "\": expected auto, always or never");
  }

  public String confName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
