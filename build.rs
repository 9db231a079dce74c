//! Embeds the application icon in the Windows executable (Explorer, the taskbar). Other
//! targets take the icon from the desktop entry and the window, so there is nothing to do.

fn main() {
    println!("cargo:rerun-if-changed=assets/icons/tarikh.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut res = winresource::WindowsResource::new();
        res.set_icon("assets/icons/tarikh.ico");
        if let Err(e) = res.compile() {
            // No resource compiler here: the binary works, just without its icon.
            println!("cargo:warning=the icon was not embedded: {e}");
        }
    }
}
