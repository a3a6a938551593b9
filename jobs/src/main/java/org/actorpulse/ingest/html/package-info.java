/**
 * HTML pages to article text, plain Java (jsoup), no Spark.
 *
 * <p>{@link org.actorpulse.ingest.html.HtmlPages} reads a page: its title ({@code og:title}, else
 * {@code <title>}), its publication date as written in the page's metadata
 * ({@link org.actorpulse.ingest.html.PageDates}), and the article body as text with a blank line between
 * paragraphs. The body is found in three steps: {@link org.actorpulse.ingest.html.Boilerplate} removes what is
 * never article text (scripts, navigation, forms, cookie banners, ads, share bars, related links, comments);
 * {@link org.actorpulse.ingest.html.MainContent} picks the block that holds the article (a schema.org
 * {@code articleBody} or an {@code <article>} when it is about as good as the best block, else the block with
 * the most paragraph text once its other text and its links are discounted);
 * {@link org.actorpulse.ingest.html.ParagraphText} renders it, leaving out link lists inside it.
 *
 * <p>{@link org.actorpulse.ingest.html.HtmlMode} says when a text field of a JSON, CSV or Parquet record is
 * treated as HTML ({@code ingest.html}).
 */
package org.actorpulse.ingest.html;
