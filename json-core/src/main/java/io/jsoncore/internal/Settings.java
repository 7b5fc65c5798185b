package io.jsoncore.internal;

import java.util.function.Function;

import io.jsoncore.Inclusion;
import io.jsoncore.PropertyNaming;
import io.jsoncore.PropertyOrder;
import io.jsoncore.internal.bind.Binding;
import io.jsoncore.internal.decode.ReadLimits;

/**
 * Everything a codec was built with, in one immutable object that {@code dumps} and {@code loads} take whole:
 * the option bits, fallback, naming, inclusion and property order for writing; the limits and unknown-property rule for reading;
 * the adapters, view and discriminator for both; and the typed-read decoders that follow from them.
 */
public final class Settings {

	public final int options;

	public final Function<Object, Object> fallback;

	public final PropertyNaming naming;

	public final Inclusion inclusion;

	public final ReadLimits limits;

	public final boolean failOnUnknownProperties;

	/** The registered adapters, or {@code null} where there are none, so the fast paths need one check. */
	public final Adapters adapters;

	/** The active {@code @JsonView}, or {@code null} for none (every property, views or not). */
	public final Class<?> view;

	/** The discriminator property of sealed hierarchies. */
	public final String discriminator;

	/** The order records' and beans' properties are written in. */
	public final PropertyOrder propertyOrder;

	/** Typed reading under this naming and these adapters. */
	public final Binding binding;

	public Settings(int options, Function<Object, Object> fallback, PropertyNaming naming, Inclusion inclusion,
			ReadLimits limits, boolean failOnUnknownProperties, Adapters adapters, Class<?> view,
			String discriminator, PropertyOrder propertyOrder) {
		this.options = options;
		this.fallback = fallback;
		this.naming = naming;
		this.inclusion = inclusion;
		this.limits = limits;
		this.failOnUnknownProperties = failOnUnknownProperties;
		this.adapters = adapters;
		this.view = view;
		this.discriminator = discriminator;
		this.propertyOrder = propertyOrder;
		this.binding = Binding.of(naming, adapters, view, discriminator);
	}
}
