package io.jsoncore.spring;

import java.util.List;

import io.jsoncore.Inclusion;
import io.jsoncore.JsonCodec;
import io.jsoncore.JsonOption;
import io.jsoncore.PropertyNaming;
import io.jsoncore.PropertyOrder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code spring.json.*}: how json-core reads and writes HTTP bodies.
 */
@ConfigurationProperties("spring.json")
public class JsonCoreProperties {

	/** Whether json-core replaces Jackson as the JSON converter. */
	private boolean enabled = true;

	/**
	 * The dumps options, by name in relaxed form ({@code naive-utc, omit-microseconds}). When not set:
	 * {@code non-str-keys}, so that maps with number or enum keys are written as they are with Jackson; a list
	 * given here replaces that default.
	 */
	private List<JsonOption> options;

	/** How record and bean property names become JSON names, in both directions. */
	private PropertyNaming propertyNaming = PropertyNaming.AS_WRITTEN;

	/**
	 * The order bean and record properties are written in: as declared, or alphabetical as Jackson 3 orders them
	 * (creator properties first, in their order, then the rest by name).
	 */
	private PropertyOrder propertyOrder = PropertyOrder.DECLARATION;

	/** Whether a request body with a property the target type does not have is rejected. */
	private boolean failOnUnknownProperties;

	/** Which record and bean properties are written. */
	private Inclusion defaultPropertyInclusion = Inclusion.ALWAYS;

	/** The most nested arrays and objects a request body may have. */
	private int maxDepth = JsonCodec.DEFAULT_MAX_DEPTH;

	/** The longest number, in characters, a request body may hold. */
	private int maxNumberLength = JsonCodec.DEFAULT_MAX_NUMBER_LENGTH;

	/** The longest string or property name, in UTF-8 bytes, a request body may hold. */
	private int maxStringLength = JsonCodec.DEFAULT_MAX_STRING_LENGTH;

	/** The most properties one object of a request body may have. */
	private int maxObjectProperties = JsonCodec.DEFAULT_MAX_OBJECT_PROPERTIES;

	public int getMaxStringLength() {
		return this.maxStringLength;
	}

	public void setMaxStringLength(int maxStringLength) {
		this.maxStringLength = maxStringLength;
	}

	public int getMaxObjectProperties() {
		return this.maxObjectProperties;
	}

	public void setMaxObjectProperties(int maxObjectProperties) {
		this.maxObjectProperties = maxObjectProperties;
	}

	/**
	 * What the start-up report does with the handler body types json-core cannot read or write, and the Jackson
	 * annotations on them it does not honour: log them in one warning, fail the start-up, or nothing.
	 */
	private Verify verify = Verify.WARN;

	public Verify getVerify() {
		return this.verify;
	}

	public void setVerify(Verify verify) {
		this.verify = verify;
	}

	/** The values of {@code spring.json.verify}. */
	public enum Verify {

		/** One WARN at start-up listing every problem found. */
		WARN,

		/** The start-up fails, listing every problem found. */
		FAIL,

		/** No check. */
		OFF

	}

	/** The largest request body read; a larger one is answered with 413 Content Too Large. */
	private DataSize maxRequestSize = DataSize.ofMegabytes(16);

	/**
	 * Responses up to this size are sent whole, with a Content-Length; larger ones stream in chunks of this size,
	 * so memory per response stays bounded.
	 */
	private DataSize bufferSize = DataSize.ofKilobytes(64);

	public DataSize getBufferSize() {
		return this.bufferSize;
	}

	public void setBufferSize(DataSize bufferSize) {
		this.bufferSize = bufferSize;
	}

	public DataSize getMaxRequestSize() {
		return this.maxRequestSize;
	}

	public void setMaxRequestSize(DataSize maxRequestSize) {
		this.maxRequestSize = maxRequestSize;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<JsonOption> getOptions() {
		return this.options;
	}

	public void setOptions(List<JsonOption> options) {
		this.options = options;
	}

	public PropertyOrder getPropertyOrder() {
		return this.propertyOrder;
	}

	public void setPropertyOrder(PropertyOrder propertyOrder) {
		this.propertyOrder = propertyOrder;
	}

	public PropertyNaming getPropertyNaming() {
		return this.propertyNaming;
	}

	public void setPropertyNaming(PropertyNaming propertyNaming) {
		this.propertyNaming = propertyNaming;
	}

	public boolean isFailOnUnknownProperties() {
		return this.failOnUnknownProperties;
	}

	public void setFailOnUnknownProperties(boolean failOnUnknownProperties) {
		this.failOnUnknownProperties = failOnUnknownProperties;
	}

	public Inclusion getDefaultPropertyInclusion() {
		return this.defaultPropertyInclusion;
	}

	public void setDefaultPropertyInclusion(Inclusion defaultPropertyInclusion) {
		this.defaultPropertyInclusion = defaultPropertyInclusion;
	}

	public int getMaxDepth() {
		return this.maxDepth;
	}

	public void setMaxDepth(int maxDepth) {
		this.maxDepth = maxDepth;
	}

	public int getMaxNumberLength() {
		return this.maxNumberLength;
	}

	public void setMaxNumberLength(int maxNumberLength) {
		this.maxNumberLength = maxNumberLength;
	}
}
