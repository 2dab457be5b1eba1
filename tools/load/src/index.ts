// @paywire/load: bounded load runs of the paywire clients against the loopback simulators.

export { type CheckResult, check, clean, type DrivePart } from './checks.js';
export { type DriveOptions, type DriveResult, drive, PENDING, REJECTED, RESOLVED } from './drive.js';
export { type HostName, type HostRecords, idNumber } from './host-records.js';
export { type LoadReport, type MemoryReport, memoryBound, type RunOptions, runLoad } from './run.js';
export { type SimEndpoints, type SimHandle, type SimSpec, startChild, startInProcess } from './sim-handle.js';
export { percentile, summarize } from './stats.js';
export * from './targets/index.js';
