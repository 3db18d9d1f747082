package org.techmatch.demand;

/**
 * The expert who holds a demand: only one at a time (claimed with {@code assignDemand},
 * given back with {@code releaseDemand}).
 *
 * @param expertId the expert's account id
 * @param expertName the expert's display name when the claim was made
 * @param assignedAt when the claim was made (ISO-8601 instant)
 */
public record Assignment(String expertId, String expertName, String assignedAt) {

}
