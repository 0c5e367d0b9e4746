/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/no_alloc_probe-b1e711e85ab26186.d: src/main.rs

/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/no_alloc_probe-b1e711e85ab26186: src/main.rs

src/main.rs:
