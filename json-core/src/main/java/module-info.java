/**
 * json-core: orjson's JSON codec for Java, with no dependencies. Only {@code io.jsoncore} is exported; everything
 * under {@code io.jsoncore.internal} may change in any release.
 *
 * <p>A record or bean in a named module of the application is read and written through reflection: open its
 * package to {@code io.jsoncore} ({@code opens com.acme.model to io.jsoncore;}), or export it, for public types.
 */
module io.jsoncore {
	exports io.jsoncore;
}
