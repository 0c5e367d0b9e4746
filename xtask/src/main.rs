//! `cargo xtask`: the project's build helper.

mod web;

fn main() {
    let _ = (web::dist, web::serve, web::size, web::test);
    println!("xtask: not yet implemented");
}
