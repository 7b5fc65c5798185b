package io.jsoncore.internal;

import io.jsoncore.Fragment;

/**
 * The encoder's view of a {@link Fragment}'s content, installed by {@code Fragment} itself so that the
 * public class needs no accessor and the encoder no copy.
 */
public final class FragmentAccess {

	/** Reads a fragment's content: exactly one of the two is non-null. */
	public interface Reader {

		byte[] bytes(Fragment fragment);

		String text(Fragment fragment);

	}

	private static Reader reader;

	static {
		// Initialising Fragment installs the reader; class initialisation publishes it safely to every thread.
		try {
			Class.forName(Fragment.class.getName(), true, FragmentAccess.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private FragmentAccess() {
	}

	public static void install(Reader installed) {
		reader = installed;
	}

	public static Reader reader() {
		return reader;
	}
}
