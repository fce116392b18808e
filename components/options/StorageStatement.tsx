/** What Parallax keeps and what it sends, in plain words. Keep in step with README "Permissions". */
export function StorageStatement() {
  return (
    <div class="px-statement">
      <p>
        Parallax stores two things, in your browser’s sync storage (so they follow you to other browsers where you
        are signed in): your <strong>source filters</strong> (which categories and outlets you turned off) and your{' '}
        <strong>pause settings</strong> (paused everywhere, and the sites you paused). Nothing else is stored.
      </p>
      <p>
        Parallax sends nothing anywhere. It reads the page you are reading inside your browser and compares it with
        the claims index bundled in the extension; page text, addresses and your choices never leave the browser
        except through the browser’s own sync of the two settings above.
      </p>
    </div>
  );
}
