package org.techmatch.graphql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCompositeType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per request, before anything runs: the {@link QueryCost} of the operation with its
 * variables; a request over {@code techmatch.graphql.max-cost}, or with more than
 * {@code techmatch.graphql.max-backend-fields} fields that reach Elasticsearch (aliases
 * included), is refused with {@code QUERY_TOO_COMPLEX} and no resolver runs. Every answer
 * that got this far carries {@code extensions.cost { requested limit }}. Once the request
 * has run for {@code techmatch.graphql.request-timeout}, no further field is fetched:
 * those fail with {@code TIMEOUT}. A subscription has no such deadline: it lasts as long
 * as the client stays, and each event's fields are fetched when the event comes.
 */
@Component
public class CostInstrumentation extends SimplePerformantInstrumentation {

	private static final String COST = CostInstrumentation.class.getName() + ".cost";

	private static final String DEADLINE = CostInstrumentation.class.getName() + ".deadline";

	private final long maxCost;

	private final long maxBackendFields;

	private final long timeoutNanos;

	public CostInstrumentation(@Value("${techmatch.graphql.max-cost:10000}") long maxCost,
			@Value("${techmatch.graphql.max-backend-fields:20}") long maxBackendFields,
			@Value("${techmatch.graphql.request-timeout:15s}") Duration timeout) {
		this.maxCost = maxCost;
		this.maxBackendFields = maxBackendFields;
		this.timeoutNanos = timeout.toNanos();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		OperationDefinition operation = execution.getOperationDefinition();
		GraphQLCompositeType root = switch (operation.getOperation()) {
			case MUTATION -> execution.getGraphQLSchema().getMutationType();
			case SUBSCRIPTION -> execution.getGraphQLSchema().getSubscriptionType();
			default -> execution.getGraphQLSchema().getQueryType();
		};
		QueryCost.Result cost = QueryCost.of(execution.getGraphQLSchema(), root, operation.getSelectionSet(),
				execution.getFragmentsByName(), execution.getCoercedVariables().toMap());
		GraphQLContext context = execution.getGraphQLContext();
		context.put(COST, cost.cost());
		if (operation.getOperation() != OperationDefinition.Operation.SUBSCRIPTION) {
			context.put(DEADLINE, System.nanoTime() + this.timeoutNanos);
		}
		if (cost.cost() > this.maxCost) {
			throw refuse("The query would cost " + cost.cost() + " (lists count their first, fields that reach the "
					+ "search cluster their work); at most " + this.maxCost + " is allowed");
		}
		if (cost.backendFields() > this.maxBackendFields) {
			throw refuse("The query has " + cost.backendFields()
					+ " fields that reach the search cluster (aliases included); at most " + this.maxBackendFields
					+ " are allowed");
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private static AbortExecutionException refuse(String message) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorType.ExecutionAborted)
			.extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name()))
			.build();
		return new AbortExecutionException(List.of(error));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return (environment) -> {
			Long deadline = environment.getGraphQlContext().get(DEADLINE);
			if (deadline != null && System.nanoTime() - deadline > 0) {
				throw new ApiException(ErrorCode.TIMEOUT, "The request took too long and was stopped");
			}
			return dataFetcher.get(environment);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Long cost = parameters.getGraphQLContext().get(COST);
		if (cost == null) {
			return CompletableFuture.completedFuture(result);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		Map<String, Object> costs = new LinkedHashMap<>();
		costs.put("requested", cost);
		costs.put("limit", this.maxCost);
		extensions.put("cost", costs);
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.extensions(extensions)));
	}

}
