package org.techmatch.elastic.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkLocatorTest {

	@TempDir
	Path machine;

	@Test
	@DisplayName("takes $ES_JAVA_HOME when it is a JDK 21+")
	void prefersEsJavaHome() throws IOException {
		Path esJavaHome = fakeJdk("custom-jdk", "21.0.5");
		fakeJdk("jvm/temurin-25", "25.0.3");
		JdkLocator locator = new JdkLocator(Map.of("ES_JAVA_HOME", esJavaHome.toString()), this.machine.resolve("jvm"),
				fakeJdk("current", "17.0.15"), 17);
		assertThat(locator.locate()).isEqualTo(esJavaHome);
	}

	@Test
	@DisplayName("skips an $ES_JAVA_HOME older than 21 and takes the newest JDK 21+ under /usr/lib/jvm")
	void fallsBackToNewestInstalledJdk() throws IOException {
		Path old = fakeJdk("jdk-17", "17.0.15");
		fakeJdk("jvm/java-17-openjdk-amd64", "17.0.15");
		fakeJdk("jvm/jdk-21", "21.0.2");
		Path newest = fakeJdk("jvm/temurin-25-jdk-amd64", "25.0.3");
		JdkLocator locator = new JdkLocator(Map.of("ES_JAVA_HOME", old.toString()), this.machine.resolve("jvm"),
				fakeJdk("current", "17.0.15"), 17);
		assertThat(locator.locate()).isEqualTo(newest);
	}

	@Test
	@DisplayName("uses the running JVM when it is 21+ and nothing else is found")
	void usesRunningJvm() throws IOException {
		Path current = fakeJdk("current", "21.0.1");
		JdkLocator locator = new JdkLocator(Map.of(), this.machine.resolve("no-such-dir"), current, 21);
		assertThat(locator.locate()).isEqualTo(current);
	}

	@Test
	@DisplayName("with no JDK 21+ anywhere, fails with one line naming where it looked and what to install")
	void failsWithOneClearLine() throws IOException {
		fakeJdk("jvm/java-17-openjdk-amd64", "17.0.15");
		JdkLocator locator = new JdkLocator(Map.of(), this.machine.resolve("jvm"), fakeJdk("current", "17.0.15"), 17);
		assertThatThrownBy(locator::locate).isInstanceOf(LocalNodeException.class)
			.hasMessageContaining("No JDK 21+ found")
			.hasMessageContaining("$ES_JAVA_HOME=<unset>")
			.hasMessageContaining(this.machine.resolve("jvm").toString())
			.hasMessageContaining("install")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	@DisplayName("reads old-style 1.8 version strings as feature version 8")
	void readsLegacyVersions() throws IOException {
		assertThat(JdkLocator.featureVersion(fakeJdk("jdk8", "1.8.0_412"))).hasValue(8);
	}

	private Path fakeJdk(String relative, String version) throws IOException {
		Path home = this.machine.resolve(relative);
		Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		return home;
	}

}
