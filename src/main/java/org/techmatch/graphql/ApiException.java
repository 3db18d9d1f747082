package org.techmatch.graphql;

import java.util.Map;

/**
 * A failure the client should see with its code and message (the message is meant for the
 * client, so it must not carry internal details). Subclasses name the common cases.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final Map<String, Object> extensions;

	public ApiException(ErrorCode code, String message) {
		this(code, message, Map.of());
	}

	public ApiException(ErrorCode code, String message, Map<String, Object> extensions) {
		super(message);
		this.code = code;
		this.extensions = extensions;
	}

	public ErrorCode code() {
		return this.code;
	}

	/** Extra {@code extensions} entries, e.g. the offending argument. */
	public Map<String, Object> extensions() {
		return this.extensions;
	}

	public static ApiException badInput(String argument, String message) {
		return new ApiException(ErrorCode.BAD_USER_INPUT, message, Map.of("argument", argument));
	}

	public static ApiException notFound(String what, String id) {
		return new ApiException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist", Map.of("id", id));
	}

}
