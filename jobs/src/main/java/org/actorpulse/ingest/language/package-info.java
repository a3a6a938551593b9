/**
 * The language of an article's text, plain Java, no Spark.
 *
 * <p>{@link org.actorpulse.ingest.language.LanguageDetector} guesses it with Apache OpenNLP's language detector
 * and its {@code langdetect-183} model (103 languages, both from Maven Central, loaded once per JVM); codes are
 * ISO 639-1 ({@link org.actorpulse.ingest.language.LanguageCodes}), or {@code und} when the text is too short
 * or no language clearly wins. {@link org.actorpulse.ingest.language.LanguagePolicy} says which languages
 * ingest keeps ({@code languages.accepted}).
 */
package org.actorpulse.ingest.language;
