package io.jsoncore.testing;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the classes of one package itself, from the test classes, before asking its parent: a class of that
 * package is then another class than the test's own copy, as an application's class under Spring Boot DevTools'
 * restart loader is.
 */
public final class OwnClassLoader extends ClassLoader {

	private final String prefix;

	/** Loads the classes whose names start with {@code prefix} ({@code "io.jsoncore.unloading."}) itself. */
	public OwnClassLoader(String prefix) {
		super("own", OwnClassLoader.class.getClassLoader());
		this.prefix = prefix;
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (!name.startsWith(this.prefix)) {
			return super.loadClass(name, resolve);
		}
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			if (loaded != null) {
				return loaded;
			}
			String resource = name.replace('.', '/') + ".class";
			try (InputStream in = getParent().getResourceAsStream(resource)) {
				if (in == null) {
					throw new ClassNotFoundException(name);
				}
				byte[] bytes = in.readAllBytes();
				return defineClass(name, bytes, 0, bytes.length);
			}
			catch (IOException ex) {
				throw new ClassNotFoundException(name, ex);
			}
		}
	}
}
