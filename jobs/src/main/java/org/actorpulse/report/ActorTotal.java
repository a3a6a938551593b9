package org.actorpulse.report;

/**
 * One actor's totals over every date of an output, rolled up (a sub-actor's mentions count for its ancestors).
 *
 * @param sentimentMean mean sentiment over the scored mentions, in [-1, 1]; null when none was scored
 */
public record ActorTotal(String actorId, String name, String type, long mentions, long articles,
                         Double sentimentMean) {
  public ActorTotal {
    if (actorId == null || actorId.isEmpty()) throw new IllegalArgumentException("actor id is empty");
    if (mentions < 0 || articles < 0) throw new IllegalArgumentException("negative count for " + actorId);
    if (name == null || name.isEmpty()) name = actorId;
    if (type == null) type = "unknown";
  }

  /** "Name (ID)", or just the id when the dictionary gives no other name. */
  public String label() {
    return name.equals(actorId) ? actorId : name + " (" + actorId + ")";
  }

  /**
   * The label in at most {@code max} characters, cutting the name rather than the id, so a long name still says
   * which actor it is: "Government of the Un… (USA.GOV)".
   */
  public String shortLabel(int max) {
    String full = label();
    if (full.length() <= max || name.equals(actorId)) return Html.cut(full, max);
    int room = max - actorId.length() - 3;
    return room < 4 ? Html.cut(full, max) : Html.cut(name, room) + " (" + actorId + ")";
  }
}
