package se.samverkan.followup;

/** A change to one occurrence of a series, or to it and every later scheduled occurrence. */
public enum EditScope {
    ONE, SERIES
}
