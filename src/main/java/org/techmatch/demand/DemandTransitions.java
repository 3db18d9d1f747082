package org.techmatch.demand;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The demand state machine: which status may follow which. Staying in the same status is
 * always allowed (a change of other fields). Anything else is refused with the userError
 * {@code INVALID_TRANSITION}.
 *
 * <pre>
 * OPEN ⇄ MATCHING ⇄ IN_NEGOTIATION   (back and forth, and IN_NEGOTIATION → OPEN, while no contract is signed)
 * OPEN, MATCHING, IN_NEGOTIATION → CONTRACTED   (a contract, also one agreed outside the platform)
 * CONTRACTED → CLOSED only   (a contract is not undone: CONTRACTED → OPEN is refused)
 * every status but CLOSED → CLOSED (closeDemand); CLOSED → nothing
 * </pre>
 */
public final class DemandTransitions {

	private static final Map<DemandStatus, Set<DemandStatus>> NEXT = new EnumMap<>(DemandStatus.class);

	static {
		NEXT.put(DemandStatus.OPEN, EnumSet.of(DemandStatus.MATCHING, DemandStatus.IN_NEGOTIATION,
				DemandStatus.CONTRACTED, DemandStatus.CLOSED));
		NEXT.put(DemandStatus.MATCHING, EnumSet.of(DemandStatus.OPEN, DemandStatus.IN_NEGOTIATION,
				DemandStatus.CONTRACTED, DemandStatus.CLOSED));
		NEXT.put(DemandStatus.IN_NEGOTIATION,
				EnumSet.of(DemandStatus.OPEN, DemandStatus.MATCHING, DemandStatus.CONTRACTED, DemandStatus.CLOSED));
		NEXT.put(DemandStatus.CONTRACTED, EnumSet.of(DemandStatus.CLOSED));
		NEXT.put(DemandStatus.CLOSED, EnumSet.noneOf(DemandStatus.class));
	}

	private DemandTransitions() {
	}

	/** Whether a demand in status {@code from} may move to {@code to}. */
	public static boolean allowed(DemandStatus from, DemandStatus to) {
		return from == to || NEXT.get(from).contains(to);
	}

}
