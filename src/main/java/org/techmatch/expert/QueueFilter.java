package org.techmatch.expert;

import java.util.List;

import org.techmatch.demand.DemandStatus;

/**
 * Which demands the expert queue lists. Every part is optional; {@code statuses} defaults
 * to {@link #NEEDS_REVIEW}.
 *
 * @param statuses demand statuses
 * @param chains industrial chain codes (NEV_BATTERY)
 * @param cities cities, without 市
 * @param assignedTo held by this expert (account id)
 * @param unassigned true: held by nobody; false: held by someone
 * @param olderThanDays submitted at least this many days ago
 */
public record QueueFilter(List<DemandStatus> statuses, List<String> chains, List<String> cities, String assignedTo,
		Boolean unassigned, Integer olderThanDays) {

	/** The demands that need review when the filter names no status. */
	public static final List<DemandStatus> NEEDS_REVIEW = List.of(DemandStatus.OPEN, DemandStatus.MATCHING);

	public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, null);

	public List<DemandStatus> statusesOrDefault() {
		return (this.statuses == null || this.statuses.isEmpty()) ? NEEDS_REVIEW : this.statuses;
	}

}
