package io.jsoncore.internal.encode;

/** An enum's constants as their {@code name()}, each quoted and encoded once per enum class. */
final class EnumEncoder implements ValueEncoder {

	private final byte[][] names;

	EnumEncoder(Class<?> enumType) {
		Object[] constants = enumType.getEnumConstants();
		this.names = new byte[constants.length][];
		KeyBytes keys = new KeyBytes();
		for (int i = 0; i < constants.length; i++) {
			this.names[i] = keys.quoted(((Enum<?>) constants[i]).name());
		}
	}

	@Override
	public void encode(Encoder out, Object value, int depth) {
		out.writeBytes(this.names[((Enum<?>) value).ordinal()]);
	}
}
