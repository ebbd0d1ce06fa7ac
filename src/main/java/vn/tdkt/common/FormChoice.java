package vn.tdkt.common;

/** A choice of a select, checklist or tag list in a Camunda Form whose choices are a variable ({@code valuesKey}). */
public record FormChoice(String label, String value) {}
