package org.techmatch.catalog;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.accounts.Caller;

/**
 * {@code contact} of achievements and capabilities: signed-in callers only; anonymous
 * callers get null.
 */
@Controller
public class SupplyContactController {

	@SchemaMapping(typeName = "Achievement")
	public Contact contact(Achievement achievement) {
		return visible(achievement.contact());
	}

	@SchemaMapping(typeName = "Capability", field = "contact")
	public Contact capabilityContact(Capability capability) {
		return visible(capability.contact());
	}

	private static Contact visible(Contact contact) {
		return Caller.current().isAnonymous() ? null : contact;
	}

}
