package org.techmatch.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A GraphQL-shaped error answer written by a servlet filter, before the request reaches
 * GraphQL: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// the message is one of our own constants: no client text is echoed
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code.name()
					+ "\"}}]}");
	}

}
