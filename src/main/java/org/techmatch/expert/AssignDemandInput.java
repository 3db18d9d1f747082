package org.techmatch.expert;

/**
 * Which demand to claim or release; {@code version} (optional) is the demand's version
 * the client read: when given, a demand changed since is a CONFLICT.
 */
public record AssignDemandInput(String demandId, String version) {

}
