// The few system calls Swift's Glibc module does not show (they need _GNU_SOURCE): the atomic
// exchange of two paths that swaps a finished site in.
#ifndef SITTHI_CSYSTEMCALLS_H
#define SITTHI_CSYSTEMCALLS_H

/// Exchanges two existing paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system or system lacks it).
int sitthi_exchange_paths(const char *first, const char *second);

#endif
