package org.techmatch.catalog;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The GraphQL interface {@code SupplyItem} resolved from the Java type of the item
 * ({@link SupplyItem#type()}), not from its id or its class name.
 */
@Component
class SupplyItemTypeResolver implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("SupplyItem", (type) -> type
			.typeResolver((env) -> env.getSchema().getObjectType(env.<SupplyItem>getObject().type().typeName())));
	}

}
