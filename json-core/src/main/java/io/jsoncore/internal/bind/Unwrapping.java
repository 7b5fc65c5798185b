package io.jsoncore.internal.bind;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.jsoncore.internal.decode.JsonParser;

/**
 * The {@code @JsonUnwrapped} properties of a record or bean, whose own properties stand in the enclosing object. The
 * enclosing decoder hands over the keys that are theirs; each one's value is passed over once, its place kept, and
 * once the enclosing object is read, each child is read from an object of its values by its own decoder, as it
 * would read it anywhere. Its errors are moved back to where the values lie in the input.
 */
public final class Unwrapping {

	/** One unwrapped property: its affixes, its own JSON names, how it is read, and where it goes. */
	public static final class Child {

		final String prefix;

		final String suffix;

		final Set<String> names;

		final TypeDecoder decoder;

		final int index;

		final MethodHandle setter;

		/**
		 * @param names the JSON names of the child's properties, without the affixes
		 * @param index a record's or creator's argument the child is (or -1)
		 * @param setter a bean's setter of the child, {@code (bean, child)void} (or {@code null})
		 */
		public Child(String prefix, String suffix, Set<String> names, TypeDecoder decoder, int index,
				MethodHandle setter) {
			this.prefix = prefix;
			this.suffix = suffix;
			this.names = names;
			this.decoder = decoder;
			this.index = index;
			this.setter = setter;
		}

		boolean claims(String key) {
			return key.length() >= this.prefix.length() + this.suffix.length() && key.startsWith(this.prefix)
					&& key.endsWith(this.suffix)
					&& this.names.contains(key.substring(this.prefix.length(), key.length() - this.suffix.length()));
		}

		String unaffixed(String key) {
			return key.substring(this.prefix.length(), key.length() - this.suffix.length());
		}
	}

	private final Child[] children;

	public Unwrapping(List<Child> children) {
		this.children = children.toArray(new Child[0]);
	}

	/** Each child read (see {@link #read}) into the creator's arguments. */
	void readInto(Object[] arguments, Found found, JsonParser in, int start) {
		for (int i = 0; i < this.children.length; i++) {
			arguments[this.children[i].index] = read(i, found, in, start);
		}
	}

	/** Each child read (see {@link #read}) and set on the bean. */
	void setOn(Object bean, Found found, JsonParser in, int start, String expected) {
		for (int i = 0; i < this.children.length; i++) {
			Object child = read(i, found, in, start);
			try {
				this.children[i].setter.invoke(bean, child);
			}
			catch (Throwable ex) {
				throw new BindException(expected, "an object it rejects (" + ex + ")", start);
			}
		}
	}

	/** The child whose property {@code key} is, or -1. */
	int claim(String key) {
		for (int i = 0; i < this.children.length; i++) {
			if (this.children[i].claims(key)) {
				return i;
			}
		}
		return -1;
	}

	/** Where the values of one object's claimed keys lie, in the order they came. */
	static final class Found {

		int count;

		int[] child = new int[4];

		String[] names = new String[4];

		int[] starts = new int[4];

		int[] ends = new int[4];
	}

	/** Keeps the place of the value of a claimed key, the parser at it, and passes over it. */
	static Found keep(Found found, int child, String key, JsonParser in, Unwrapping unwrapping) {
		Found kept = found != null ? found : new Found();
		int n = kept.count++;
		if (n == kept.child.length) {
			kept.child = Arrays.copyOf(kept.child, n * 2);
			kept.names = Arrays.copyOf(kept.names, n * 2);
			kept.starts = Arrays.copyOf(kept.starts, n * 2);
			kept.ends = Arrays.copyOf(kept.ends, n * 2);
		}
		kept.child[n] = child;
		kept.names[n] = unwrapping.children[child].unaffixed(key);
		kept.starts[n] = in.position();
		in.skipValue();
		kept.ends[n] = in.position();
		return kept;
	}

	// Child index read from the values found for it ({} where there are none) by its own decoder; start, where the
	// enclosing object starts, is where an error about the child as a whole is reported.
	private Object read(int index, Found found, JsonParser in, int start) {
		ByteArrayOutputStream object = new ByteArrayOutputStream();
		object.write('{');
		int[] syntheticStarts = new int[found != null ? found.count : 0];
		int[] originalStarts = new int[syntheticStarts.length];
		int kept = 0;
		for (int i = 0; found != null && i < found.count; i++) {
			if (found.child[i] != index) {
				continue;
			}
			if (kept > 0) {
				object.write(',');
			}
			byte[] name = quoted(found.names[i]);
			object.write(name, 0, name.length);
			object.write(':');
			syntheticStarts[kept] = object.size();
			originalStarts[kept] = found.starts[i];
			kept++;
			in.copyTo(object, found.starts[i], found.ends[i]);
		}
		object.write('}');
		byte[] bytes = object.toByteArray();
		try {
			return this.children[index].decoder.read(in.sibling(bytes));
		}
		catch (BindException ex) {
			int position = start;
			for (int i = 0; i < kept && syntheticStarts[i] <= ex.position(); i++) {
				position = originalStarts[i] + (ex.position() - syntheticStarts[i]);
			}
			throw ex.movedTo(position, this.children[index].prefix, this.children[index].suffix);
		}
	}

	// A key as JSON writes it: quoted, with quotes, backslashes and control characters escaped.
	private static byte[] quoted(String name) {
		StringBuilder json = new StringBuilder(name.length() + 2).append('"');
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString().getBytes(StandardCharsets.UTF_8);
	}
}
