/**
 * Near-duplicate articles (syndicated copies of one story) in plain Java: word shingles, their Jaccard
 * similarity, LSH band keys and the connected components of confirmed pairs. No Spark here; the Spark adapter is
 * {@code org.actorpulse.analysis.ArticlesToDupClusters}.
 */
package org.actorpulse.dedup;
