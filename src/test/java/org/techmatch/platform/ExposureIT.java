package org.techmatch.platform;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the application shows to whom, and where it listens. */
class ExposureIT extends ElasticsearchIntegrationTest {

	private RawHttp http;

	private int port;

	@Autowired
	private Environment environment;

	@LocalServerPort
	void port(int port) {
		this.port = port;
		this.http = new RawHttp(port);
	}

	@Test
	@DisplayName("anonymous /actuator/health shows the status only; ADMIN sees the details")
	void health() {
		RawHttp.Answer anonymous = this.http.get("/actuator/health", null);
		assertThat(anonymous.status()).isEqualTo(200);
		assertThat(anonymous.json()).containsOnlyKeys("status");
		RawHttp.Answer expert = this.http.get("/actuator/health", tokens().expert());
		assertThat(expert.json()).containsOnlyKeys("status");
		RawHttp.Answer admin = this.http.get("/actuator/health", tokens().admin());
		assertThat(admin.json()).containsKey("components");
	}

	@Test
	@DisplayName("/actuator/prometheus needs ADMIN: 401 anonymous, 403 for an expert, metrics for ADMIN")
	void prometheus() {
		assertThat(this.http.get("/actuator/prometheus", null).status()).isEqualTo(401);
		assertThat(this.http.get("/actuator/prometheus", tokens().expert()).status()).isEqualTo(403);
		RawHttp.Answer admin = this.http.get("/actuator/prometheus", tokens().admin());
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	@DisplayName("the application listens on 127.0.0.1 only: a non-loopback address of this machine refuses the connection")
	void loopbackOnly() throws Exception {
		assertThat(this.environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		InetAddress outside = null;
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			for (InetAddress address : Collections.list(network.getInetAddresses())) {
				if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
					outside = address;
				}
			}
		}
		Assumptions.assumeTrue(outside != null, "no non-loopback IPv4 address on this machine");
		InetAddress target = outside;
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(target, this.port), 1000);
			}
		}).isInstanceOf(IOException.class);
	}

	@Test
	@DisplayName("anything that is not the API, GraphiQL, the portal, auth or health is refused")
	void denyByDefault() {
		assertThat(this.http.get("/actuator/env", null).status()).isEqualTo(401);
		assertThat(this.http.get("/no-such-thing", tokens().admin()).status()).isEqualTo(403);
	}

}
