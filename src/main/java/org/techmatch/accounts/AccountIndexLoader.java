package org.techmatch.accounts;

import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import org.techmatch.elastic.IndexDefinition;
import org.techmatch.elastic.IndexGenerations;

/**
 * On start, before the API opens: makes sure {@code techmatch-accounts} and
 * {@code techmatch-organisations} exist (made from their JSON like every index, behind
 * their aliases), and with demo data on creates the {@link DemoAccounts} in a new, empty
 * account index. Existing indices are left alone.
 */
@Component
public class AccountIndexLoader implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(AccountIndexLoader.class);

	private final IndexGenerations generations;

	private final AccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwordEncoder;

	private final boolean demo;

	private volatile boolean running;

	public AccountIndexLoader(IndexGenerations generations, AccountRepository accounts,
			OrganisationRepository organisations, PasswordEncoder passwordEncoder,
			@Value("${techmatch.demo.enabled:true}") boolean demo) {
		this.generations = generations;
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.demo = demo;
	}

	@Override
	public void start() {
		ensureExists(AccountIndices.ORGANISATIONS);
		boolean created = ensureExists(AccountIndices.ACCOUNTS);
		if (created && this.demo) {
			createDemoAccounts();
		}
		this.running = true;
	}

	private boolean ensureExists(IndexDefinition index) {
		this.generations.removeAbandonedGenerations(index);
		boolean created = this.generations.ensureExists(index);
		if (created) {
			logger.info("Created " + index.alias());
		}
		return created;
	}

	private void createDemoAccounts() {
		String now = Instant.now().toString();
		List<Organisation> organisations = DemoAccounts.organisations().stream().map((organisation) -> {
			organisation.setCreatedAt(now);
			return organisation;
		}).toList();
		this.organisations.saveAll(organisations, RefreshPolicy.IMMEDIATE);
		String hash = this.passwordEncoder.encode(DemoAccounts.PASSWORD);
		List<Account> members = DemoAccounts.MEMBERS.stream().map((member) -> {
			Account account = new Account();
			account.setId(member.id());
			account.setEmail(member.email());
			account.setDisplayName(member.displayName());
			account.setPasswordHash(hash);
			account.setRoles(List.of(member.role()));
			account.setOrganisationId(member.organisationId());
			account.setEnabled(true);
			account.setCreatedAt(now);
			return account;
		}).toList();
		this.accounts.saveAll(members, RefreshPolicy.IMMEDIATE);
		logger.info("Created " + members.size() + " demo accounts (see the README)");
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** After the index upgrades, before the web server opens. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1600;
	}

}
