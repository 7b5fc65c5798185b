package io.jsoncore.spring;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jsoncore.JsonCodec;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * When the application is ready, checks the body type of every handler method ({@link HandlerBodies}) with the
 * application's codec, which builds and keeps what the first request then uses, and reports in one message each
 * type json-core cannot read or write (with the handler and the reason), each Jackson annotation on those types
 * json-core does not honour, and how many handlers declare a response it cannot check. {@code spring.json.verify}
 * says whether that message is a WARN ({@code warn}), fails the start-up ({@code fail}), or is not made
 * ({@code off}).
 */
public class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StartupReport.class);

	/** The Jackson annotations json-core honours, by simple name; docs/jackson-annotations.md says how. */
	private static final Set<String> HONOURED = Set.of("JsonProperty", "JsonIgnore", "JsonInclude", "JsonAlias",
			"JsonView", "JsonFormat", "JsonRawValue", "JsonUnwrapped", "JsonGetter", "JsonSetter", "JsonAnyGetter",
			"JsonAnySetter", "JsonManagedReference", "JsonBackReference", "JsonValue", "JsonCreator",
			"JsonPropertyOrder", "JsonIgnoreProperties", "JsonIncludeProperties", "JsonIgnoreType", "JsonNaming",
			"JsonTypeInfo", "JsonSubTypes", "JsonTypeName",
			// documentation only: no effect on a body
			"JsonPropertyDescription", "JsonClassDescription");

	private static final String[] JACKSON_PACKAGES = { "com.fasterxml.jackson.annotation.",
			"com.fasterxml.jackson.databind.annotation.", "tools.jackson.databind.annotation." };

	private final JsonCodec codec;

	private final JsonCoreProperties.Verify verify;

	public StartupReport(JsonCodec codec, JsonCoreProperties.Verify verify) {
		this.codec = codec;
		this.verify = verify;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (this.verify == JsonCoreProperties.Verify.OFF) {
			return;
		}
		HandlerBodies.Found found = HandlerBodies.collect(event.getApplicationContext(),
				event.getApplicationContext().getClassLoader());
		String report = report(found);
		if (report == null) {
			if (logger.isInfoEnabled()) {
				logger.info("json-core checked " + found.bodies().size() + " body types of " + found.handlers()
						+ " handler methods: it reads and writes all of them" + uncheckedNote(found));
			}
			return;
		}
		if (this.verify == JsonCoreProperties.Verify.FAIL) {
			throw new IllegalStateException(report);
		}
		logger.warn(report);
	}

	/** The report of what was found, or {@code null} where nothing needs saying beyond a count. */
	String report(HandlerBodies.Found found) {
		List<String> problems = new ArrayList<>();
		Set<Class<?>> classes = new LinkedHashSet<>();
		for (HandlerBodies.Body body : found.bodies()) {
			String problem = check(body, classes);
			if (problem != null) {
				problems.add("  - " + body.handler() + ": " + problem);
			}
		}
		Map<String, List<String>> unhonoured = unhonoured(classes);
		if (problems.isEmpty() && unhonoured.isEmpty()) {
			return null;
		}
		StringBuilder report = new StringBuilder("json-core found what it cannot do for this application's handlers "
				+ "(spring.json.verify=" + this.verify.name().toLowerCase(java.util.Locale.ROOT) + "):");
		if (!problems.isEmpty()) {
			report.append("\n").append(problems.size()).append(" body type(s) it cannot read or write:");
			problems.forEach((problem) -> report.append("\n").append(problem));
		}
		if (!unhonoured.isEmpty()) {
			report.append("\nJackson annotations it does not honour (docs/jackson-annotations.md says what each does):");
			unhonoured.forEach((annotation, where) -> report.append("\n  - @").append(annotation).append(" on ")
				.append(String.join(", ", where)));
		}
		report.append(uncheckedNote(found));
		return report.toString();
	}

	private String check(HandlerBodies.Body body, Set<Class<?>> classes) {
		String problem = null;
		if (body.read()) {
			try {
				this.codec.checkReadable(body.type().getType());
			}
			catch (IllegalArgumentException ex) {
				problem = "reading " + body.type() + ": " + ex.getMessage();
			}
		}
		// also for a read body: the walk gives the classes whose annotations are looked at
		try {
			classes.addAll(this.codec.checkWritable(body.type().getType()));
		}
		catch (IllegalArgumentException ex) {
			if (!body.read()) {
				problem = "writing " + body.type() + ": " + ex.getMessage();
			}
		}
		return problem;
	}

	private static String uncheckedNote(HandlerBodies.Found found) {
		if (found.unchecked().isEmpty()) {
			return "";
		}
		return "\n" + found.unchecked().size() + " handler(s) declare a response written by its runtime class "
				+ "(Object, an interface, ResponseEntity<?>), which cannot be checked before it is written: "
				+ String.join("; ", found.unchecked());
	}

	// Each Jackson annotation json-core does not honour, with where it was found.
	private static Map<String, List<String>> unhonoured(Set<Class<?>> classes) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (Class<?> type : classes) {
			scan(type, type.getName(), found);
			for (Field field : type.getDeclaredFields()) {
				scan(field, type.getName() + "." + field.getName(), found);
			}
			for (Method method : type.getDeclaredMethods()) {
				scan(method, type.getName() + "." + method.getName() + "()", found);
			}
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					scan(component, type.getName() + "." + component.getName(), found);
				}
			}
		}
		return found;
	}

	private static void scan(AnnotatedElement element, String where, Map<String, List<String>> found) {
		for (Annotation annotation : element.getDeclaredAnnotations()) {
			String name = annotation.annotationType().getName();
			for (String jackson : JACKSON_PACKAGES) {
				if (name.startsWith(jackson) && !HONOURED.contains(annotation.annotationType().getSimpleName())) {
					List<String> places = found.computeIfAbsent(annotation.annotationType().getSimpleName(),
							(key) -> new ArrayList<>());
					if (!places.contains(where)) {
						places.add(where);
					}
				}
			}
		}
	}
}
