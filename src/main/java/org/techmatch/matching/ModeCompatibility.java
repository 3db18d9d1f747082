package org.techmatch.matching;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.TransferMode;

/**
 * How a capability's services meet a demand's cooperation modes: a lab does not sell IP
 * (转让, 许可, 入股), it develops with or for the enterprise, advises, tests, or scales up.
 */
public final class ModeCompatibility {

	private ModeCompatibility() {
	}

	/** Services that satisfy any of these modes. */
	public static Set<ServiceType> servicesFor(Collection<TransferMode> modes) {
		Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
		for (TransferMode mode : modes) {
			switch (mode) {
				case JOINT_DEVELOPMENT ->
					services.addAll(List.of(ServiceType.TECH_DEVELOPMENT, ServiceType.PILOT_SCALE));
				case COMMISSIONED_DEVELOPMENT ->
					services.addAll(List.of(ServiceType.TECH_DEVELOPMENT, ServiceType.PILOT_SCALE));
				case SERVICE ->
					services.addAll(List.of(ServiceType.TECH_SERVICE, ServiceType.CONSULTING, ServiceType.TESTING));
				default -> {
				}
			}
		}
		return services;
	}

	/** Modes a capability with these services can serve. */
	public static Set<TransferMode> modesFor(Collection<ServiceType> services) {
		Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
		for (ServiceType service : services) {
			switch (service) {
				case TECH_DEVELOPMENT, PILOT_SCALE ->
					modes.addAll(List.of(TransferMode.JOINT_DEVELOPMENT, TransferMode.COMMISSIONED_DEVELOPMENT));
				case CONSULTING, TECH_SERVICE, TESTING -> modes.add(TransferMode.SERVICE);
			}
		}
		return modes;
	}

}
