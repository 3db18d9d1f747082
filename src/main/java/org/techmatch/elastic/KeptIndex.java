package org.techmatch.elastic;

/**
 * A component that owns an index the platform loads nothing into (a log, a store of
 * derived results): {@link KeptIndices} makes it on start from its JSON definition behind
 * its alias when it is missing, and leaves an existing one alone, so its documents
 * survive restarts and are shared by every instance.
 */
public interface KeptIndex {

	/** The index this component reads and writes. */
	IndexDefinition keptIndex();

}
