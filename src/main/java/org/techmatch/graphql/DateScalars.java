package org.techmatch.graphql;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code Date} ({@link java.time.LocalDate}, 2024-05-01) and {@code DateTime}
 * ({@link java.time.OffsetDateTime}, RFC 3339 with milliseconds,
 * 2026-11-28T01:00:00.000Z) scalars of graphql-java-extended-scalars.
 */
@Component
public class DateScalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime);
	}

}
