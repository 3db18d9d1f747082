package org.techmatch.graphql;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code Date} ({@link java.time.LocalDate}, 2024-05-01) and {@code DateTime}
 * ({@link java.time.OffsetDateTime}, RFC 3339 with milliseconds,
 * 2026-11-28T01:00:00.000Z) scalars of graphql-java-extended-scalars. A {@code Date} the
 * client sends must lie between {@link #EARLIEST} and {@link #LATEST}: anything else
 * (such as {@code +999999999-12-31}) is refused while the request is validated, as
 * {@code BAD_USER_INPUT} naming the argument, before it can reach a query.
 */
@Component
public class DateScalars implements RuntimeWiringConfigurer {

	/** The earliest date accepted as input. */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** The latest date accepted as input. */
	public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar(ExtendedScalars.Date)
		.coercing(new SaneDates(ExtendedScalars.Date.getCoercing()))
		.build();

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(DATE).scalar(ExtendedScalars.DateTime);
	}

	/** The extended scalar's coercing, refusing input dates outside the horizon. */
	@SuppressWarnings("unchecked")
	private static final class SaneDates implements Coercing<LocalDate, String> {

		private static final String MESSAGE = "a date between " + EARLIEST + " and " + LATEST + " was expected";

		private final Coercing<LocalDate, String> delegate;

		SaneDates(Coercing<?, ?> delegate) {
			this.delegate = (Coercing<LocalDate, String>) delegate;
		}

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
			return this.delegate.serialize(value, context, locale);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale)
				throws CoercingParseValueException {
			LocalDate date = this.delegate.parseValue(input, context, locale);
			if (!sane(date)) {
				throw new CoercingParseValueException(MESSAGE);
			}
			return date;
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
				throws CoercingParseLiteralException {
			LocalDate date = this.delegate.parseLiteral(input, variables, context, locale);
			if (!sane(date)) {
				throw new CoercingParseLiteralException(MESSAGE);
			}
			return date;
		}

		@Override
		public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
			return this.delegate.valueToLiteral(input, context, locale);
		}

		private static boolean sane(LocalDate date) {
			return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
		}

	}

}
