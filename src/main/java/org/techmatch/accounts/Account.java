package org.techmatch.accounts;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A person who signs in, stored in {@code techmatch-accounts}
 * ({@code elastic/indices/accounts.json}; the index is made from that file, not from this
 * class). The password is kept only as a delegating-encoder hash ({@code {bcrypt}…}).
 * {@code seqNoPrimaryTerm} is Elasticsearch's optimistic-concurrency token: a save with a
 * stale one fails instead of overwriting.
 */
@Document(indexName = "techmatch-accounts", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public class Account {

	@Id
	private String id;

	private String email;

	private String displayName;

	private String passwordHash;

	private List<Role> roles;

	private String organisationId;

	private boolean enabled;

	private String createdAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public List<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(List<Role> roles) {
		this.roles = roles;
	}

	public String getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(String createdAt) {
		this.createdAt = createdAt;
	}

	public SeqNoPrimaryTerm getSeqNoPrimaryTerm() {
		return this.seqNoPrimaryTerm;
	}

	public void setSeqNoPrimaryTerm(SeqNoPrimaryTerm seqNoPrimaryTerm) {
		this.seqNoPrimaryTerm = seqNoPrimaryTerm;
	}

	/** Whether the account holds {@code role}. */
	public boolean has(Role role) {
		return this.roles != null && this.roles.contains(role);
	}

}
