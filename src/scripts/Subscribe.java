import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * A minimal GraphQL over WebSocket client (graphql-transport-ws) for trying TechMatch's
 * subscriptions from a shell, with nothing but a JDK (17 or newer):
 *
 * <pre>
 * java src/scripts/Subscribe.java [--url ws://127.0.0.1:8080/graphql] [--token TOKEN] DOCUMENT [VARIABLES-JSON]
 * </pre>
 *
 * It sends {@code connection_init} (with {@code {"Authorization": "Bearer TOKEN"}} when a
 * token is given), then one {@code subscribe}, and prints every message the server sends
 * until the server completes the subscription, sends an error, or closes the connection
 * (Ctrl-C to stop earlier). Not part of the application.
 */
public class Subscribe {

	public static void main(String[] args) throws Exception {
		String url = "ws://127.0.0.1:8080/graphql";
		String token = null;
		int i = 0;
		for (; i < args.length && args[i].startsWith("--"); i += 2) {
			if (args[i].equals("--url")) {
				url = args[i + 1];
			}
			else if (args[i].equals("--token")) {
				token = args[i + 1];
			}
		}
		if (i >= args.length) {
			System.err.println("usage: java src/scripts/Subscribe.java [--url URL] [--token TOKEN] DOCUMENT [VARIABLES-JSON]");
			System.exit(2);
		}
		String document = args[i];
		String variables = (i + 1 < args.length) ? args[i + 1] : "{}";
		String init = (token != null) ? "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer "
				+ token + "\"}}" : "{\"type\":\"connection_init\"}";
		String subscribe = "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":" + quote(document)
				+ ",\"variables\":" + variables + "}}";
		CountDownLatch done = new CountDownLatch(1);
		WebSocket socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.buildAsync(URI.create(url), new WebSocket.Listener() {

				private final StringBuilder text = new StringBuilder();

				@Override
				public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
					this.text.append(data);
					if (last) {
						String message = this.text.toString();
						this.text.setLength(0);
						if (message.contains("\"type\":\"ping\"")) {
							webSocket.sendText("{\"type\":\"pong\"}", true);
						}
						else {
							System.out.println(message);
							if (message.contains("\"type\":\"connection_ack\"")) {
								webSocket.sendText(subscribe, true);
							}
							if (message.contains("\"type\":\"complete\"") || message.contains("\"type\":\"error\"")) {
								done.countDown();
							}
						}
					}
					webSocket.request(1);
					return null;
				}

				@Override
				public CompletionStage<?> onClose(WebSocket webSocket, int status, String reason) {
					System.out.println("closed: " + status + " " + reason);
					done.countDown();
					return CompletableFuture.completedFuture(null);
				}

				@Override
				public void onError(WebSocket webSocket, Throwable error) {
					System.err.println("error: " + error);
					done.countDown();
				}

			})
			.join();
		socket.sendText(init, true);
		done.await();
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
	}

	private static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
