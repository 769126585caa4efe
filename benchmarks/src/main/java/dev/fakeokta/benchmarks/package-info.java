/** Benchmarks of the fake against bare WireMock, run with {@code benchmarks/run.sh}. */
package dev.fakeokta.benchmarks;
