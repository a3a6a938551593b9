package org.actorpulse.sentiment;

/**
 * Receives the features of one target. The hash identifies the feature (see {@link FeatureHash}); the parts spell
 * its name ({@code TargetFeatures.prefix(kind) + a [+ " " + b [+ " " + c]]}) for training and explanations, and are
 * strings the tokens already hold, so the scoring sink, which ignores them, allocates nothing per feature.
 */
interface FeatureSink {
  void add(int kind, long hash, String a, String b, String c, double value);
}
