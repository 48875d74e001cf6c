/**
 * aws.ec2.image: the AMIs the account owns in the region (Owners self),
 * each with its launchPermission attribute. Whether an image is public or
 * shared is read from that attribute (group "all", accounts, organizations),
 * not from DescribeImages' Public summary; when the attribute call fails the
 * permissions are a recorded failure, never an empty list.
 */
import { callTable } from '../../calls.js';
import { DescribeImageAttributeCommand, EC2Client, paginateDescribeImages } from '@aws-sdk/client-ec2';
import { setField, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { imageEnvelope, imageFields, launchPermissions } from './map-images.js';

export const imageCalls = callTable('EC2', 'ec2', {
  DescribeImages: { iam: 'ec2:DescribeImages', fills: ['imageId', 'imageName', 'state', 'ownerId', 'creationDate', 'deprecationTime', 'rootDeviceType', 'virtualizationType', 'blockDeviceMappings'] },
  DescribeImageAttribute: { iam: 'ec2:DescribeImageAttribute', fills: ['launchPermissions'] },
});

export const ec2Images = defineCollector({
  type: 'aws.ec2.image',
  scope: 'regional',
  calls: [imageCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    // Deprecated and disabled images are listed too, so a deprecated image that is still public is judged.
    const images = await listResources(ctx, imageCalls.DescribeImages, () => paginateDescribeImages({ client: ec2, pageSize: 1000 }, { Owners: ['self'], IncludeDeprecated: true, IncludeDisabled: true }), (page) => page.Images);
    await inWindow(images, async (image) => {
      const id = listedId(ctx, image.ImageId, imageCalls.DescribeImages, 'an image', 'ImageId');
      if (id === undefined) return;
      const draft = ctx.draft(imageEnvelope(image, ctx));
      setFields(draft, imageFields(image), imageCalls.DescribeImages.label);
      const attribute = await ctx.call(imageCalls.DescribeImageAttribute, () => ec2.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' })));
      setField(draft, 'launchPermissions', attribute, (answer) => launchPermissions(answer, id), imageCalls.DescribeImageAttribute.label);
      ctx.emit(draft.build());
    });
  },
});
