/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/serde-2621cca441e6ad88.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/integer128.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/mod.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/de.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/ser.rs /work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/serde-a70e001ab0c91e6f/out/private.rs

/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/libserde-2621cca441e6ad88.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/integer128.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/mod.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/de.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/ser.rs /work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/serde-a70e001ab0c91e6f/out/private.rs

/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/deps/libserde-2621cca441e6ad88.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/integer128.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/mod.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/de.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/ser.rs /work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/serde-a70e001ab0c91e6f/out/private.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/integer128.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/mod.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/de.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/serde-1.0.229/src/private/ser.rs:
/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/serde-a70e001ab0c91e6f/out/private.rs:

# env-dep:OUT_DIR=/work/wt/data/tests/no-alloc-probe/target/thumbv7em-none-eabihf/release/build/serde-a70e001ab0c91e6f/out
