package io.jsoncore;

/** What a {@link JsonReader} is at: the kind of the next value, a name, the end of a container or of the value. */
public enum JsonToken {

	BEGIN_ARRAY,

	END_ARRAY,

	BEGIN_OBJECT,

	END_OBJECT,

	/** A property name; {@link JsonReader#nextName()} reads it. */
	NAME,

	STRING,

	NUMBER,

	/** {@code true} or {@code false}. */
	BOOLEAN,

	NULL,

	/** The value the reader was given is read whole: nothing more may be read through it. */
	END_DOCUMENT

}
