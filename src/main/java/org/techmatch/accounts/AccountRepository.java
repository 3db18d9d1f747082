package org.techmatch.accounts;

import java.util.Optional;

import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

/** Accounts, read and written through Spring Data Elasticsearch. */
public interface AccountRepository extends ElasticsearchRepository<Account, String> {

	Optional<Account> findByEmail(String email);

}
