package org.techmatch.graphql;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;

import org.springframework.stereotype.Component;

/**
 * Input hygiene for every request, before anything runs: no text argument (written in the
 * document or sent as a variable) may hold control characters other than tab and line
 * breaks (NUL, ANSI escapes, C1 controls, bidirectional overrides), no list may hold more
 * than {@link #MAX_LIST} entries and no text more than {@link #MAX_TEXT} characters
 * (uploads excepted). A violation is {@code BAD_USER_INPUT} naming the argument, e.g.
 * {@code input.chains}.
 */
@Component
public class InputHygieneInstrumentation extends SimplePerformantInstrumentation {

	/** Entries a list input may hold. */
	static final int MAX_LIST = 100;

	/** Characters a text input may hold (the base64 content of an upload excepted). */
	static final int MAX_TEXT = 10_000;

	private static final Set<String> UNBOUNDED_TEXT = Set.of("contentBase64");

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		for (Map.Entry<String, Object> variable : execution.getCoercedVariables().toMap().entrySet()) {
			check(variable.getKey(), variable.getKey(), variable.getValue());
		}
		new Walk(execution.getFragmentsByName()).selections(execution.getOperationDefinition().getSelectionSet());
		return super.beginExecuteOperation(parameters, state);
	}

	/** A variable's value, with its path (variable name, then fields). */
	private static void check(String path, String name, Object value) {
		if (value instanceof String text) {
			text(path, name, text);
		}
		else if (value instanceof Collection<?> list) {
			if (list.size() > MAX_LIST) {
				throw refuse(path, path + " holds " + list.size() + " entries; at most " + MAX_LIST + " are allowed");
			}
			for (Object entry : list) {
				check(path, name, entry);
			}
		}
		else if (value instanceof Map<?, ?> object) {
			for (Map.Entry<?, ?> field : object.entrySet()) {
				check(path + "." + field.getKey(), String.valueOf(field.getKey()), field.getValue());
			}
		}
	}

	private static void text(String path, String name, String text) {
		if (text.length() > MAX_TEXT && !UNBOUNDED_TEXT.contains(name)) {
			throw refuse(path, path + " holds " + text.length() + " characters; at most " + MAX_TEXT + " are allowed");
		}
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				throw refuse(path, path + " holds a control character (U+" + String.format("%04X", (int) text.charAt(i))
						+ "); only tab and line breaks are allowed");
			}
		}
	}

	static boolean isControl(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
	}

	private static AbortExecutionException refuse(String argument, String message) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorType.ValidationError)
			.extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "argument", argument))
			.build();
		return new AbortExecutionException(List.of(error));
	}

	/** Literal argument values in the operation and the fragments it spreads. */
	private static final class Walk {

		private final Map<String, FragmentDefinition> fragments;

		private final Set<String> walked = new HashSet<>();

		Walk(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		void selections(SelectionSet set) {
			if (set == null) {
				return;
			}
			for (Selection<?> selection : set.getSelections()) {
				if (selection instanceof Field field) {
					for (Argument argument : field.getArguments()) {
						literal(argument.getName(), argument.getName(), argument.getValue());
					}
					selections(field.getSelectionSet());
				}
				else if (selection instanceof InlineFragment inline) {
					selections(inline.getSelectionSet());
				}
				else if (selection instanceof FragmentSpread spread && this.walked.add(spread.getName())) {
					FragmentDefinition fragment = this.fragments.get(spread.getName());
					if (fragment != null) {
						selections(fragment.getSelectionSet());
					}
				}
			}
		}

		private void literal(String path, String name, Value<?> value) {
			if (value instanceof StringValue text) {
				text(path, name, text.getValue());
			}
			else if (value instanceof ArrayValue list) {
				if (list.getValues().size() > MAX_LIST) {
					throw refuse(path, path + " holds " + list.getValues().size() + " entries; at most " + MAX_LIST
							+ " are allowed");
				}
				for (Value<?> entry : list.getValues()) {
					literal(path, name, entry);
				}
			}
			else if (value instanceof ObjectValue object) {
				for (ObjectField field : object.getObjectFields()) {
					literal(path + "." + field.getName(), field.getName(), field.getValue());
				}
			}
		}

	}

}
